package org.mallcrm.architecture;

import java.util.List;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rules hold over the real code of every module. */
class ArchitectureTest {

    static final String DOMAIN = "org.mallcrm.domain..";
    static final String APPLICATION = "org.mallcrm.application..";
    static final String PERSISTENCE = "org.mallcrm.adapters.persistence..";
    static final String HTTP = "org.mallcrm.adapters.http..";
    static final String CLI = "org.mallcrm.cli..";

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mallcrm");
    }

    @Test
    void the_core_depends_only_on_the_jdk() {
        ArchRules.coreDependsOnlyOnTheJdk(DOMAIN, APPLICATION).check(classes);
    }

    @Test
    void the_core_never_reads_the_wall_clock() {
        ArchRules.coreNeverReadsTheClock(DOMAIN, APPLICATION).check(classes);
    }

    @Test
    void the_domain_does_not_depend_on_use_cases() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAPackage(APPLICATION)
                .check(classes);
    }

    @Test
    void adapters_do_not_depend_on_each_other_or_on_the_cli() {
        ArchRules.adapterDoesNotDependOn(PERSISTENCE, HTTP).check(classes);
        ArchRules.adapterDoesNotDependOn(HTTP, PERSISTENCE).check(classes);
        ArchRules.adapterDoesNotDependOn(PERSISTENCE, CLI).check(classes);
        ArchRules.adapterDoesNotDependOn(HTTP, CLI).check(classes);
    }

    @Test
    void ports_out_are_interfaces() {
        ArchRules.portsOutAreInterfaces("..port.out..").check(classes);
    }

    @Test
    void contexts_of_the_domain_have_no_cycles() {
        ArchRules.noCyclesBetween("org.mallcrm.domain.(*)..").check(classes);
    }

    @Test
    void use_case_contexts_have_no_cycles() {
        ArchRules.noCyclesBetween("org.mallcrm.application.(*)..").check(classes);
    }

    @Test
    void policy_defaults_are_read_only_where_a_new_mall_gets_its_settings() {
        // sign-in and session rules of the web accounts are not among domain-rules.md's per-mall settings
        ArchRules.defaultsAreReadOnlyBySettings(DOMAIN, "org.mallcrm.domain.settings..",
                List.of("org.mallcrm.domain.account..")).check(classes);
    }
}
