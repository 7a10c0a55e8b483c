package org.mallcrm.domain.channel;

import org.mallcrm.domain.common.Identifiers;

/** The id of one scan event (扫码记录编号), as the scan file and the buyer app name it. */
public record ScanId(String value) implements Comparable<ScanId> {

    public ScanId {
        value = Texts.requireIdentifier(value, "scan id");
    }

    public static ScanId of(String value) {
        return new ScanId(value);
    }

    @Override
    public int compareTo(ScanId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
