package org.mallcrm.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule catches the breach it is written for: run over {@code org.mallcrm.archfixture}, whose classes
 * break every rule on purpose, each rule reports a violation.
 */
class ArchRulesFailOnBadCodeTest {

    static final String CORE = "org.mallcrm.archfixture.core..";
    static JavaClasses bad;

    @BeforeAll
    static void importFixtures() {
        bad = new ClassFileImporter().importPackages("org.mallcrm.archfixture");
    }

    private static void assertViolated(EvaluationResult result, String expected) {
        assertThat(result.hasViolation()).as("the rule should catch the bad fixture").isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(d -> assertThat(d).contains(expected));
    }

    @Test
    void a_core_class_using_a_library_is_caught() {
        assertViolated(ArchRules.coreDependsOnlyOnTheJdk(CORE).evaluate(bad), "org.mallcrm.archfixture.adapter");
    }

    @Test
    void a_core_class_reading_the_clock_is_caught() {
        assertViolated(ArchRules.coreNeverReadsTheClock(CORE).evaluate(bad), "Instant.now()");
        assertViolated(ArchRules.coreNeverReadsTheClock(CORE).evaluate(bad), "System.currentTimeMillis()");
    }

    @Test
    void an_adapter_using_another_adapter_is_caught() {
        assertViolated(ArchRules.adapterDoesNotDependOn("org.mallcrm.archfixture.adapter.one..",
                "org.mallcrm.archfixture.adapter.two..").evaluate(bad), "AdapterTwo");
    }

    @Test
    void a_class_as_a_port_out_is_caught() {
        assertViolated(ArchRules.portsOutAreInterfaces("org.mallcrm.archfixture.core.port.out..").evaluate(bad),
                "ClassAsPort");
    }

    @Test
    void a_cycle_between_contexts_is_caught() {
        assertThat(ArchRules.noCyclesBetween("org.mallcrm.archfixture.core.(*)..").evaluate(bad).hasViolation())
                .isTrue();
    }

    @Test
    void a_default_read_outside_the_settings_is_caught() {
        EvaluationResult result = ArchRules.defaultsAreReadOnlyBySettings("org.mallcrm.archfixture.core..",
                "org.mallcrm.archfixture.core.settings..").evaluate(bad);
        assertViolated(result, "ReadsADefault.days()");
        assertViolated(result, "ReadsADefault.on()");
        // the settings may read them, and a default may be built from other defaults
        assertThat(result.getFailureReport().getDetails()).hasSize(2)
                .allSatisfy(d -> assertThat(d).startsWith("Method <org.mallcrm.archfixture.core.policy.ReadsADefault."));
    }
}
