package org.prisonsync.service;

import static org.assertj.core.api.Assertions.assertThat;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import java.util.List;
import com.tngtech.archunit.core.domain.JavaClass;
import org.prisonsync.core.kit.SyncDomain;

/**
 * The dependency rule, enforced on the compiled main classes of every module (this module's test classpath holds
 * them all): core imports only the JDK and slf4j; adapters never depend on each other, on the simulator or on a
 * runner; the simulator depends on core alone among our modules.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("org.prisonsync");
    }

    @Test
    void coreImportsOnlyTheJdkAndSlf4j() {
        classes().that().resideInAPackage("org.prisonsync.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.slf4j..", "org.prisonsync.core..")
                .check(main);
    }

    @Test
    void coreIsNotEmptyForTheRuleToMeanSomething() {
        org.assertj.core.api.Assertions.assertThat(main.that(
                com.tngtech.archunit.base.DescribedPredicate.describe("core",
                        (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().startsWith(
                                "org.prisonsync.core")))).hasSizeGreaterThan(50);
    }

    @Test
    void sqsAdapterDependsOnNoOtherAdapterRunnerOrSimulator() {
        adapterIsolated("org.prisonsync.sqs..");
    }

    @Test
    void httpAdapterDependsOnNoOtherAdapterRunnerOrSimulator() {
        adapterIsolated("org.prisonsync.http..");
    }

    @Test
    void jdbcAdapterDependsOnNoOtherAdapterRunnerOrSimulator() {
        adapterIsolated("org.prisonsync.jdbc..");
    }

    @Test
    void simulatorDependsOnCoreOnly() {
        noClasses().that().resideInAPackage("org.prisonsync.simulator..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prisonsync.sqs..", "org.prisonsync.http..",
                        "org.prisonsync.jdbc..", "org.prisonsync.service..", "org.prisonsync.cli..")
                .check(main);
    }

    /** The packages of the installed domains: each holds a {@link SyncDomain}; their subpackages belong to them. */
    private static List<String> domainPackages() {
        List<String> packages = main.stream().filter(c -> c.isAssignableTo(SyncDomain.class) && !c.isInterface())
                .map(JavaClass::getPackageName).distinct().sorted().toList();
        assertThat(packages).as("domains found").contains("org.prisonsync.core.visits", "org.prisonsync.core.alerts",
                "org.prisonsync.core.movements");
        return packages;
    }

    private static String[] under(List<String> packages) {
        return packages.stream().map(p -> p + "..").toArray(String[]::new);
    }

    @Test
    void theEnginesNameNoDomain() {
        List<String> domains = domainPackages();
        noClasses().that().resideInAPackage("org.prisonsync.core..")
                .and().resideOutsideOfPackages(under(domains))
                .should().dependOnClassesThat().resideInAnyPackage(under(domains))
                .check(main);
    }

    @Test
    void noDomainImportsAnother() {
        List<String> domains = domainPackages();
        for (String domain : domains) {
            String[] others = under(domains.stream().filter(d -> !d.equals(domain)).toList());
            noClasses().that().resideInAPackage(domain + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(main);
        }
    }

    @Test
    void theSharedWiringNamesNoDomainButItsOneList() {
        List<String> domains = domainPackages();
        noClasses().that().resideInAPackage("org.prisonsync.wiring")
                .and().doNotHaveSimpleName("Domains")
                .should().dependOnClassesThat().resideInAnyPackage(under(domains))
                .check(main);
    }

    /**
     * The service serves each domain's operations from the one set the wiring contributes; its route list names no
     * domain. Dagger's generated component is exempt: it builds the whole graph, domains included, by design.
     */
    @Test
    void theServiceNamesNoDomain() {
        List<String> domains = domainPackages();
        noClasses().that().resideInAPackage("org.prisonsync.service..")
                .and(notGeneratedByDagger())
                .should().dependOnClassesThat().resideInAnyPackage(under(domains))
                .check(main);
    }

    /** A class of Dagger's generated component (its nested classes included), which wires every module. */
    static com.tngtech.archunit.base.DescribedPredicate<JavaClass> notGeneratedByDagger() {
        return com.tngtech.archunit.base.DescribedPredicate.describe("not generated by Dagger",
                c -> !c.getSimpleName().startsWith("Dagger") && !c.getName().contains(".Dagger"));
    }

    private static void adapterIsolated(String adapter) {
        String[] others = java.util.stream.Stream.of("org.prisonsync.sqs..", "org.prisonsync.http..",
                        "org.prisonsync.jdbc..", "org.prisonsync.simulator..", "org.prisonsync.service..",
                        "org.prisonsync.cli..")
                .filter(p -> !p.equals(adapter)).toArray(String[]::new);
        noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .check(main);
    }
}
