package org.mallcrm.adapters.persistence;

/** The databases every repository contract runs on (the in-memory fakes run the same contracts in domain). */
public enum Store {
    SQLITE,
    POSTGRESQL
}
