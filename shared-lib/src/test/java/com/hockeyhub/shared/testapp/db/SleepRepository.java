package com.hockeyhub.shared.testapp.db;

import java.util.UUID;

import com.hockeyhub.shared.testapp.TestRecord;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

public interface SleepRepository extends Repository<TestRecord, UUID> {

    @Query(value = "SELECT 1 FROM pg_sleep(:seconds)", nativeQuery = true)
    Integer sleep(@Param("seconds") double seconds);
}
