package com.hockeyhub.planning.drill;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface DrillRepository extends JpaRepository<Drill, UUID> {
}
