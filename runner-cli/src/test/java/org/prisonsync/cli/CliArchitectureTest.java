package org.prisonsync.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI is built from the shared wiring, never from the service: the service brings Javalin, the web routes and
 * the simulator, none of which a command needs. (The class-level rule is in the service's ArchitectureTest, which
 * sees every module.)
 */
class CliArchitectureTest {
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);

    @Test
    void theCliDependsOnTheSharedWiringAndOnTheServiceOnlyForTests() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        boolean wiring = false;
        Matcher m = DEPENDENCY.matcher(pom);
        while (m.find()) {
            String dependency = m.group(1);
            if (dependency.contains("<artifactId>runner-wiring</artifactId>")) {
                wiring = true;
            }
            if (dependency.contains("<artifactId>runner-service</artifactId>")
                    || dependency.contains("<artifactId>simulator</artifactId>")) {
                assertThat(dependency).as("runner-cli's dependency on the service or simulator")
                        .contains("<scope>test</scope>");
            }
        }
        assertThat(wiring).as("runner-cli depends on runner-wiring").isTrue();
    }

    @Test
    void noCliClassReachesIntoTheServiceOrTheSimulator() {
        JavaClasses cli = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.prisonsync.cli");
        noClasses().that().resideInAPackage("org.prisonsync.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.prisonsync.service..",
                        "org.prisonsync.simulator..")
                .check(cli);
    }
}
