package com.hockeyhub.medical;

import com.hockeyhub.shared.test.ServiceArchitectureTest;

/** shared-lib's architecture rules on this service; the violations it had when they came are frozen (archunit_store). */
class ArchitectureTest extends ServiceArchitectureTest {

    @Override
    protected boolean freezesKnownViolations() {
        return true;
    }
}
