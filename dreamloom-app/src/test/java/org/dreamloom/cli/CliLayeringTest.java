package org.dreamloom.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The command line stays thin: it calls the core and the library, never SQL or the migration tool directly. */
class CliLayeringTest {
    @Test
    void cliDoesNotTouchTheDatabaseDirectly() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.dreamloom.cli");
        noClasses().that().resideInAPackage("org.dreamloom.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.flywaydb..", "org.sqlite..")
                .check(classes);
    }
}
