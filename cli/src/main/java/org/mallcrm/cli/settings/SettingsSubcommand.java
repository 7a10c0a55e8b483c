package org.mallcrm.cli.settings;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.mallcrm.adapters.http.settings.SettingChangeJson;
import org.mallcrm.adapters.http.settings.SettingJson;
import org.mallcrm.application.settings.port.in.SettingsUseCases;
import org.mallcrm.cli.CliException;
import org.mallcrm.cli.CommandSupport;
import org.mallcrm.cli.lease.CliOutcomes;
import org.mallcrm.domain.settings.SettingCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mallcrm settings …}: the mall's settings (参数设置). */
@Command(name = "settings",
        mixinStandardHelpOptions = true,
        description = {"Show and change the mall's settings (参数设置): every configurable rule of the mall, e.g. "
                + "lease.advance_days, late_fee.rate_pct_per_day, credit.grade_a_min, commission.min_heads.", "",
            "A change applies to what is made after it: a lease keeps the rules it was signed under, closed "
                + "statements and recorded scores stay as they are. Every change is audited (who, when, old → new)."},
        subcommands = {SettingsSubcommand.Show.class, SettingsSubcommand.Set.class,
            SettingsSubcommand.History.class})
public final class SettingsSubcommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"List every setting: key, value, default, description (JSON also: type, description_en).",
                "With KEY, that one setting."})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KEY", arity = "0..1", description = "One key, e.g. lease.advance_days.")
        String key;

        @Override
        public Integer call() {
            List<SettingJson> all = CommandSupport.context(spec).settings().show().stream().map(SettingJson::of)
                    .toList();
            if (key != null) {
                SettingJson one = all.stream().filter(s -> s.key().equals(key.strip())).findFirst()
                        .orElseThrow(() -> CliException.usage("no setting '" + key + "'; 'mallcrm settings show' "
                                + "lists the keys"));
                CommandSupport.output(spec).one(one);
                return 0;
            }
            CommandSupport.output(spec).list(all, List.of("key", "value", "default", "description"));
            return 0;
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Change one setting; prints the change (key, old_value, new_value, changed_by, changed_at).",
                "A wrong value is refused naming the key and the reason (exit 65, nothing changed)."})
    static final class Set implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "KEY", description = "e.g. lease.advance_days.")
        String key;

        @Parameters(index = "1", paramLabel = "VALUE", description = "e.g. 15, true, CALENDAR, 0.05, none.")
        String value;

        @Override
        public Integer call() {
            SettingsUseCases settings = CommandSupport.context(spec).settings();
            List<SettingsUseCases.SettingChange> changes = CliOutcomes.value(settings.set(key, value,
                    CommandSupport.actor()));
            if (changes.isEmpty()) {
                String now = SettingCatalogue.find(key).map(s -> s.canonical(value)).orElse(value);
                CommandSupport.err(spec).println(key.strip() + " is already " + now + "; nothing changed");
                return 0;
            }
            SettingsUseCases.SettingChange c = changes.get(0);
            CommandSupport.output(spec).one(SettingChangeJson.of(c));
            return 0;
        }
    }

    @Command(name = "history", mixinStandardHelpOptions = true,
            description = "The audit trail of changes, oldest first: key, old_value, new_value, changed_by, changed_at.")
    static final class History implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "KEY", arity = "0..1", description = "Only this key's changes.")
        String key;

        @Override
        public Integer call() {
            List<SettingChangeJson> rows = CommandSupport.context(spec).settings()
                    .history(Optional.ofNullable(key).map(String::strip)).stream().map(SettingChangeJson::of).toList();
            CommandSupport.output(spec).list(rows, List.of("key", "old_value", "new_value", "changed_by",
                    "changed_at"));
            return 0;
        }
    }
}
