package com.hockeyhub.shared.test;

import java.lang.reflect.Modifier;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture rules every service runs: subclass it once in the service's root test package
 * ({@code class ArchitectureTest extends ServiceArchitectureTest {}}); the rules then check that package's main
 * classes. Plain ArchUnit, no Spring context.
 * <p>
 * A service written before these rules may {@link #freezesKnownViolations() freeze} the violations it had: they are
 * listed in its {@code src/test/resources/archunit_store} (committed; never created or grown by a run, see its
 * {@code archunit.properties}), new ones fail, and each one removed from the code must be removed from the store.
 */
public abstract class ServiceArchitectureTest {

    private static final String SERVICES = "com.hockeyhub";
    private static final String SHARED = "com.hockeyhub.shared";

    private final String root = getClass().getPackageName();
    private final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(root);

    /** True for a service that predates these rules and lists its known violations in its archunit_store. */
    protected boolean freezesKnownViolations() {
        return false;
    }

    @Test
    void featurePackagesDoNotDependOnEachOtherInCircles() {
        check(slices().matching(root + ".(*)..").should().beFreeOfCycles().allowEmptyShould(true));
    }

    @Test
    void controllersArePackagePrivate() {
        check(classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should(notBePublic()).allowEmptyShould(true));
    }

    @Test
    void controllersHoldNoTransactions() {
        check(classes().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().notBeAnnotatedWith(Transactional.class).allowEmptyShould(true));
        check(methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().notBeAnnotatedWith(Transactional.class).allowEmptyShould(true));
    }

    @Test
    void aServiceUsesOtherServicesOnlyThroughTheirContracts() {
        check(noClasses().should().dependOnClassesThat(anotherServicesInternals()).allowEmptyShould(true));
    }

    private void check(ArchRule rule) {
        (freezesKnownViolations() ? FreezingArchRule.freeze(rule) : rule).check(main);
    }

    private ArchCondition<JavaClass> notBePublic() {
        return new ArchCondition<>("not be public") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                if (Modifier.isPublic(item.reflect().getModifiers())) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " is public"));
                }
            }
        };
    }

    private com.tngtech.archunit.base.DescribedPredicate<JavaClass> anotherServicesInternals() {
        return new com.tngtech.archunit.base.DescribedPredicate<>("another service's internals") {
            @Override
            public boolean test(JavaClass target) {
                String pkg = target.getPackageName();
                return pkg.startsWith(SERVICES + ".") && !pkg.startsWith(SHARED) && !pkg.equals(root)
                        && !pkg.startsWith(root + ".");
            }
        };
    }
}
