package com.hockeyhub.shared.entity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.annotations.IdGeneratorType;

/** The id of a {@link BaseEntity}: see {@link AssignableUuid7Generator}. */
@IdGeneratorType(AssignableUuid7Generator.class)
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface AssignableUuid7 {
}
