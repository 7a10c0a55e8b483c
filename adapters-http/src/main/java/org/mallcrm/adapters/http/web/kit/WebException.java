package org.mallcrm.adapters.http.web.kit;

/** A page that cannot be shown: answered with an error page of that status and message (a message key). */
public final class WebException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String messageKey;
    private final Object[] args;

    public WebException(int status, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static WebException notFound() {
        return new WebException(404, "error.404.detail");
    }

    public static WebException badRequest(String messageKey, Object... args) {
        return new WebException(400, messageKey, args);
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
