package com.hockeyhub.calendar;

import com.hockeyhub.shared.test.ServiceArchitectureTest;

/** shared-lib's architecture rules on this service, with no exceptions (issue 25: nothing frozen any more). */
class ArchitectureTest extends ServiceArchitectureTest {
}
