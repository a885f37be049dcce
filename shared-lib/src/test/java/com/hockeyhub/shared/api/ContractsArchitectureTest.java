package com.hockeyhub.shared.api;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The contracts other services compile against (api.*) stand alone: records and annotations, nothing internal. */
class ContractsArchitectureTest {

    private final JavaClasses shared = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.hockeyhub.shared");

    @Test
    void contractsDependOnNoMechanismNoPersistenceAndNoService() {
        noClasses().that().resideInAPackage("com.hockeyhub.shared.api..")
                .should().dependOnClassesThat(DescribedPredicate.describe("shared-lib mechanisms, JPA or a service",
                        (JavaClass c) -> c.getPackageName().startsWith("jakarta.persistence")
                                || c.getPackageName().startsWith("org.hibernate")
                                || (c.getPackageName().startsWith("com.hockeyhub.")
                                    && !c.getPackageName().startsWith("com.hockeyhub.shared.api"))))
                .check(shared);
    }

    @Test
    void sharedMechanismsNeverReachIntoAService() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.hockeyhub.user..",
                "com.hockeyhub.admin..", "com.hockeyhub.calendar..", "com.hockeyhub.communication..",
                "com.hockeyhub.medical..", "com.hockeyhub.payment..", "com.hockeyhub.planning..",
                "com.hockeyhub.statistics..", "com.hockeyhub.training..").check(shared);
    }
}
