package org.mallcrm.archfixture.core.port.out;

/** Breaks the rules on purpose: a port out that is a class, not an interface. */
public class ClassAsPort {
}
