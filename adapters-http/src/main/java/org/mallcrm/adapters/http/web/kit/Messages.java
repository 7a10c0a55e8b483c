package org.mallcrm.adapters.http.web.kit;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every label of the web pages comes from here: {@code web/messages.properties} (简体中文, the default) and
 * {@code web/messages_en.properties}. A missing key shows as {@code ??key??} on the page (a test keeps both bundles
 * complete).
 */
public final class Messages {

    /** The languages the pages speak, the default first. */
    public static final List<Locale> LOCALES = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("web.messages", locale.getLanguage().equals("en") ? Locale.ENGLISH
                : Locale.ROOT, Messages.class.getClassLoader(), NO_FALLBACK);
    }

    private static final Map<Locale, Messages> CACHE = new ConcurrentHashMap<>();

    /** The messages of a locale: English for {@code en}, Chinese for everything else. */
    public static Messages of(Locale locale) {
        Locale l = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        return CACHE.computeIfAbsent(l, Messages::new);
    }

    /** The locale for a language tag ({@code en}, {@code zh-CN}); Chinese unless it is English. */
    public static Locale locale(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    /** The label of {@code key}, with {@code {0}}, {@code {1}} … filled from {@code args}. */
    public String t(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        if (args.length == 0) {
            return pattern;
        }
        MessageFormat f = formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale));
        synchronized (f) {
            return f.format(args);
        }
    }

    /** Whether the bundle has the key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public Set<String> keys() {
        return Collections.unmodifiableSet(bundle.keySet());
    }
}
