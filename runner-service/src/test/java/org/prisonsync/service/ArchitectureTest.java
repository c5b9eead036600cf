package org.prisonsync.service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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
