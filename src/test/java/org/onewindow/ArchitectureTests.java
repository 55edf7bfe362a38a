package org.onewindow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The rules of STYLE.md that module verification does not cover. */
class ArchitectureTests {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onewindow");

    @Test
    void noCodeWritesToStandardStreams() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS
                .because("logs go through SLF4J; the audit verification command prints through its own stream")
                .check(classes);
    }

    @Test
    void noFieldInjection() {
        fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies come through constructors into final fields")
                .check(classes);
    }

    @Test
    void sharedValueTypesUseNoSpring() {
        noClasses().that().resideInAPackage("org.onewindow.shared..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .because("shared holds plain value types every module may use")
                .check(classes);
    }

    @Test
    void noPackagesByLayerAtTheTop() {
        noClasses().should().resideInAnyPackage(
                        "org.onewindow.controller..", "org.onewindow.service..", "org.onewindow.repository..",
                        "org.onewindow.web..", "org.onewindow.model..")
                .because("every top-level package is a business capability")
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        String[] modules = {
            "shared", "platform", "audit", "registry", "identity", "notification", "catalog", "casework", "deadline",
            "workflow", "certificate", "hotline", "rating"
        };
        for (String module : modules) {
            noClasses().that().resideOutsideOfPackage("org.onewindow." + module + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.onewindow." + module + ".internal..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }
}
