package org.mallcrm.domain.account;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the sign-in log (登录日志): when, which login was typed, what happened, from where.
 *
 * @param login   the login as typed (cut to 64 characters), also when no such account exists
 * @param remote  the client's address as the server saw it
 * @param agent   the browser's User-Agent, cut to 200 characters
 */
public record SignInEvent(Instant at, String login, Kind kind, String remote, String agent) {

    /** What happened. */
    public enum Kind {
        /** 登录成功. */
        SIGNED_IN,
        /** 密码错误. */
        WRONG_PASSWORD,
        /** The wrong password that locked the account (账号锁定). */
        LOCKED_NOW,
        /** Refused: locked by earlier wrong passwords. */
        LOCKED,
        /** Refused: the account is disabled. */
        DISABLED,
        /** No account has that login. */
        UNKNOWN_LOGIN,
        /** 退出登录. */
        SIGNED_OUT
    }

    public SignInEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        login = cut(login == null ? "" : login.strip(), 64);
        remote = cut(remote == null ? "" : remote, 64);
        agent = cut(agent == null ? "" : agent, 200);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
