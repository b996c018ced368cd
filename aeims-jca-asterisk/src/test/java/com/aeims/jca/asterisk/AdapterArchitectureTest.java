package com.aeims.jca.asterisk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class AdapterArchitectureTest {

    private final JavaClasses adapter = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.aeims.jca");

    @Test
    void adapterKnowsAmiButNothingOfAeimsOutsideItsOwnPackages() {
        noClasses().that().resideInAPackage("com.aeims.jca..")
                .should().dependOnClassesThat(resideInAPackage("com.aeims..")
                        .and(resideOutsideOfPackage("com.aeims.jca..")))
                .check(adapter);
    }
}
