package com.hockeyhub.medical;

import com.hockeyhub.shared.test.ServiceArchitectureTest;

/** shared-lib's architecture rules on this service, with no exceptions. */
class ArchitectureTest extends ServiceArchitectureTest {
}
