package com.hockeyhub.shared.test;

/** A PostgreSQL database created for this test run. */
public record TestDatabase(String name, String jdbcUrl, String username, String password) {
}
