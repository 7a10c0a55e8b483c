package org.mallcrm.adapters.http.web.kit;

/** Which chrome a page is drawn in. */
public enum Layout {
    /** The staff console: sidebar menu, header with the mall, the user, sign-out and the language switch. */
    CONSOLE,
    /** The apps' pages on a phone: a narrow header and the content. */
    MOBILE,
    /** Before sign-in: the page alone. */
    BARE
}
