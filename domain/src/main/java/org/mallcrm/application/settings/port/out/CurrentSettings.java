package org.mallcrm.application.settings.port.out;

import org.mallcrm.domain.settings.MallSettings;

/**
 * The mall's settings as stored now. A use case asks once per call (or per document it makes) and never keeps the
 * answer: a change made meanwhile, by this process or another, applies from the next call.
 */
@FunctionalInterface
public interface CurrentSettings {

    MallSettings current();

    /** Always these settings (tests, and one-off tools that set their own). */
    static CurrentSettings fixed(MallSettings settings) {
        return () -> settings;
    }
}
