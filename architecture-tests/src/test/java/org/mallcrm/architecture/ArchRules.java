package org.mallcrm.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture's rules, written over package names so that each can be shown to fail on a deliberately
 * bad fixture as well as to pass on the real code.
 */
final class ArchRules {

    private ArchRules() {
    }

    /**
     * The core depends on the JDK and itself only. The JDK's own cryptography ({@code javax.crypto}, in java.base:
     * PBKDF2 for passwords) counts as the JDK.
     */
    static ArchRule coreDependsOnlyOnTheJdk(String... corePackages) {
        String[] allowed = new String[corePackages.length + 2];
        allowed[0] = "java..";
        allowed[1] = "javax.crypto..";
        System.arraycopy(corePackages, 0, allowed, 2, corePackages.length);
        return classes().that().resideInAnyPackage(corePackages)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because("the domain library is framework-free: JDK only (style.md)");
    }

    /** The core never reads the wall clock: time comes through the Clock port. */
    static ArchRule coreNeverReadsTheClock(String... corePackages) {
        DescribedPredicate<JavaMethodCall> wallClock = new DescribedPredicate<>("a wall-clock read") {
            @Override
            public boolean test(JavaMethodCall call) {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean timeNow = name.equals("now") && owner.startsWith("java.time.");
                boolean system = owner.equals("java.lang.System")
                        && (name.equals("currentTimeMillis") || name.equals("nanoTime"));
                boolean clocks = owner.equals("java.time.Clock")
                        && (name.startsWith("system") || name.equals("tickMillis") || name.equals("tickSeconds"));
                return timeNow || system || clocks;
            }
        };
        return noClasses().that().resideInAnyPackage(corePackages)
                .should().callMethodWhere(wallClock)
                .because("the core gets time from the Clock port, never from now()");
    }

    /** Two adapters never depend on each other. */
    static ArchRule adapterDoesNotDependOn(String adapter, String other) {
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAPackage(other)
                .because("adapters meet only in the composition root");
    }

    /** Everything in a port.out package is an interface (exceptions a port may throw aside). */
    static ArchRule portsOutAreInterfaces(String portsOut) {
        return classes().that().resideInAPackage(portsOut)
                .and().areNotAssignableTo(Throwable.class)
                .and().areTopLevelClasses()
                .should().beInterfaces()
                .because("ports out are interfaces that adapters implement");
    }

    /** No cycles between the slices matched by the pattern (one slice per context). */
    static ArchRule noCyclesBetween(String slicePattern) {
        return slices().matching(slicePattern).should().beFreeOfCycles();
    }

    /**
     * A policy's {@code DEFAULT} (or {@code DEFAULTS}, {@code defaults()}) declared in {@code corePackages} is only the
     * value a new mall starts with: read by the settings package, or in building another default (a static
     * initializer, a {@code defaults()} method), and nowhere else — every other code reads the mall's settings.
     */
    static ArchRule defaultsAreReadOnlyBySettings(String corePackages, String settingsPackages) {
        return defaultsAreReadOnlyBySettings(corePackages, settingsPackages, List.of());
    }

    /**
     * {@link #defaultsAreReadOnlyBySettings(String, String)}, but for the policies of {@code notMallSettings}: rules
     * that domain-rules.md does not make per-mall settings (e.g. how web sign-ins and sessions are kept).
     */
    static ArchRule defaultsAreReadOnlyBySettings(String corePackages, String settingsPackages,
            List<String> notMallSettings) {
        com.tngtech.archunit.core.domain.PackageMatcher core = com.tngtech.archunit.core.domain.PackageMatcher.of(corePackages);
        List<com.tngtech.archunit.core.domain.PackageMatcher> exempt = notMallSettings.stream()
                .map(com.tngtech.archunit.core.domain.PackageMatcher::of).toList();
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaAccess<?>> readsADefault = new DescribedPredicate<>(
                "a read of a policy's DEFAULT outside a default") {
            @Override
            public boolean test(com.tngtech.archunit.core.domain.JavaAccess<?> access) {
                var target = access.getTarget();
                String name = target.getName();
                boolean isDefault = (access instanceof com.tngtech.archunit.core.domain.JavaFieldAccess
                        && (name.equals("DEFAULT") || name.equals("DEFAULTS")))
                        || (access instanceof JavaMethodCall && name.equals("defaults"));
                String owner = target.getOwner().getPackageName();
                if (!isDefault || !core.matches(owner) || exempt.stream().anyMatch(m -> m.matches(owner))) {
                    return false;
                }
                boolean isStatic = target.resolveMember().map(m -> m.getModifiers()
                        .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)).orElse(false);
                if (!isStatic) {
                    return false;
                }
                String origin = access.getOrigin().getName();
                return !origin.equals("<clinit>") && !origin.equals("defaults");
            }
        };
        return noClasses().that().resideOutsideOfPackage(settingsPackages)
                .should().accessTargetWhere(readsADefault)
                .because("a DEFAULT constant is only the value a new mall starts with; use cases read the mall's "
                        + "settings (style.md, domain-rules.md §8)");
    }

    static DescribedPredicate<JavaClass> any() {
        return DescribedPredicate.alwaysTrue();
    }
}
