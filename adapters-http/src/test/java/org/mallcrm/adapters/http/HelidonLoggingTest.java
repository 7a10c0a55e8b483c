package org.mallcrm.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.helidon.logging.common.spi.LoggingProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * Helidon finds a logging provider at start; without one it prints "There is no Helidon logging implementation on
 * classpath, skipping log configuration." to stderr before anything else (issue 12, 17).
 */
class HelidonLoggingTest {

    @Test
    void the_server_has_a_helidon_logging_provider_for_java_util_logging() {
        assertThat(ServiceLoader.load(LoggingProvider.class).stream().map(p -> p.type().getName()))
                .contains("io.helidon.logging.jul.JulProvider");
    }
}
