package org.dreamloom.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The web layer stays thin: handlers call the core and the library, never SQL or the migration tool directly. */
class WebLayeringTest {
    @Test
    void webDoesNotTouchTheDatabaseDirectly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dreamloom.web");
        noClasses().that().resideInAPackage("org.dreamloom.web..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "org.sqlite..",
                        "org.postgresql..")
                .check(classes);
    }
}
