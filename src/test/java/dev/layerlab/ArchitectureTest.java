package dev.layerlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps DESIGN.md §5 and STYLE.md §3 true: arrows point down, library types stay in their room. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.layerlab");
    }

    private static void onlyIn(String library, String... allowed) {
        ArchRule rule = noClasses().that().resideOutsideOfPackages(allowed)
                .should().dependOnClassesThat().resideInAPackage(library)
                .because(library + " stays in " + String.join(", ", allowed));
        rule.check(classes);
    }

    @Test
    void dockerJavaOnlyInJavaclient() {
        onlyIn("com.github.dockerjava..", "dev.layerlab.docker.javaclient..");
    }

    @Test
    void lanternaOnlyInTui() {
        onlyIn("com.googlecode.lanterna..", "dev.layerlab.ui.tui..");
    }

    @Test
    void jlineOnlyInPlain() {
        onlyIn("org.jline..", "dev.layerlab.ui.plain..");
    }

    @Test
    void snakeYamlOnlyInLessonLoad() {
        onlyIn("org.yaml..", "dev.layerlab.lesson.load..");
    }

    @Test
    void commonmarkOnlyInMarkdown() {
        onlyIn("org.commonmark..", "dev.layerlab.ui.markdown..");
    }

    @Test
    void jacksonOnlyInProgressAndJavaclient() {
        onlyIn("com.fasterxml.jackson..", "dev.layerlab.progress..", "dev.layerlab.docker.javaclient..");
    }

    @Test
    void picocliOnlyInCli() {
        onlyIn("picocli..", "dev.layerlab.cli..");
    }

    @Test
    void dockerContractUsesNothingAbove() {
        noClasses().that().resideInAPackage("dev.layerlab.docker")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.check..", "dev.layerlab.lesson..",
                        "dev.layerlab.session..", "dev.layerlab.progress..", "dev.layerlab.ui..", "dev.layerlab.cli..",
                        "dev.layerlab.docker.javaclient..")
                .check(classes);
    }

    @Test
    void checksDoNotKnowLessonsOrInterfaces() {
        noClasses().that().resideInAPackage("dev.layerlab.check..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.lesson..", "dev.layerlab.session..",
                        "dev.layerlab.progress..", "dev.layerlab.ui..", "dev.layerlab.cli..", "dev.layerlab.docker.javaclient..")
                .check(classes);
    }

    @Test
    void lessonsDoNotKnowSessionOrInterfaces() {
        noClasses().that().resideInAPackage("dev.layerlab.lesson..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.session..", "dev.layerlab.progress..",
                        "dev.layerlab.ui..", "dev.layerlab.cli..", "dev.layerlab.docker.javaclient..")
                .check(classes);
    }

    @Test
    void progressKnowsOnlyLessons() {
        noClasses().that().resideInAPackage("dev.layerlab.progress..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.session..", "dev.layerlab.ui..",
                        "dev.layerlab.cli..", "dev.layerlab.docker..", "dev.layerlab.check..")
                .check(classes);
    }

    @Test
    void sessionDoesNotKnowInterfacesOrDockerJava() {
        noClasses().that().resideInAPackage("dev.layerlab.session..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.ui..", "dev.layerlab.cli..",
                        "dev.layerlab.docker.javaclient..", "dev.layerlab.lesson.load..")
                .check(classes);
    }

    @Test
    void interfacesDriveOnlyTheSession() {
        noClasses().that().resideInAPackage("dev.layerlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.cli..", "dev.layerlab.docker.javaclient..",
                        "dev.layerlab.lesson.load..", "dev.layerlab.progress..")
                .check(classes);
    }

    @Test
    void commandsAreThin() {
        noClasses().that().resideInAPackage("dev.layerlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.layerlab.docker.javaclient..", "dev.layerlab.ui..")
                .check(classes);
    }

    @Test
    void onlyMainExits() {
        noClasses().that().doNotHaveFullyQualifiedName("dev.layerlab.Main")
                .should().callMethod(System.class, "exit", int.class)
                .check(classes);
    }
}
