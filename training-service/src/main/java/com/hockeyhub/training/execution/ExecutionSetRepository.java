package com.hockeyhub.training.execution;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ExecutionSetRepository extends JpaRepository<ExecutionSet, UUID> {

    List<ExecutionSet> findByExecutionIdOrderByCreatedAt(UUID executionId);
}
