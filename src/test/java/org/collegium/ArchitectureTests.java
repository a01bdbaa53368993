package org.collegium;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * House rules the module checker does not cover: the layering of modules, and what stays out of a module's API.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.collegium");

    @Test
    void entitiesAreNotPublic() {
        classes().that().areAnnotatedWith(Entity.class).should().notBePublic()
                .because("aggregates are reached through their module's facade")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes().that().areAssignableTo(Repository.class).should().notBePublic()
                .because("only a module reads its own tables")
                .check(CLASSES);
    }

    @Test
    void controllersAreNotPublic() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void sharedKernelDependsOnNoModule() {
        noClasses().that().resideInAPackage("org.collegium.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.collegium.web..", "org.collegium.identity..", "org.collegium.network..",
                        "org.collegium.academy..", "org.collegium.exchange..", "org.collegium.library..",
                        "org.collegium.forum..", "org.collegium.agenda..")
                .check(CLASSES);
    }

    @Test
    void webShellDependsOnlyOnTheKernel() {
        noClasses().that().resideInAPackage("org.collegium.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.collegium.identity..", "org.collegium.network..", "org.collegium.academy..")
                .check(CLASSES);
    }

    @Test
    void lowerModulesDoNotDependOnHigherOnes() {
        noClasses().that().resideInAnyPackage("org.collegium.identity..", "org.collegium.network..")
                .should().dependOnClassesThat().resideInAnyPackage("org.collegium.academy..")
                .check(CLASSES);
        noClasses().that().resideInAPackage("org.collegium.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.collegium.network..")
                .check(CLASSES);
    }

    @Test
    void noLombokAndNoFieldInjection() {
        noClasses().should().dependOnClassesThat().resideInAPackage("lombok..").check(CLASSES);
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired")
                .because("constructors make dependencies visible")
                .check(CLASSES);
    }
}
