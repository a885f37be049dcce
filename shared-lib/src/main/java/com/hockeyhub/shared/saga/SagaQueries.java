package com.hockeyhub.shared.saga;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;

/** Read access to sagas and their step logs for operators and tests. */
@Transactional(readOnly = true)
public class SagaQueries {

    private final EntityManager entityManager;

    public SagaQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<SagaInstance> find(UUID id) {
        return Optional.ofNullable(entityManager.find(SagaInstance.class, id));
    }

    public List<SagaStepLog> stepLog(UUID sagaId) {
        return entityManager.createQuery("select l from SagaStepLog l where l.sagaId = :id order by l.id", SagaStepLog.class)
                .setParameter("id", sagaId).getResultList();
    }

    /** Sagas matching every given (non-null) filter; sortable by the entity's property names. */
    public Page<SagaInstance> search(SagaStatus status, String type, UUID organizationId, Pageable pageable) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("s.status = :status");
            parameters.put("status", status);
        }
        if (type != null) {
            where.add("s.type = :type");
            parameters.put("type", type);
        }
        if (organizationId != null) {
            where.add("s.organizationId = :organizationId");
            parameters.put("organizationId", organizationId);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : pageable.getSort()) {
            orders.add("s." + order.getProperty() + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("s.id desc");
        TypedQuery<SagaInstance> query = entityManager.createQuery(
                "select s from SagaInstance s" + filter + " order by " + String.join(", ", orders), SagaInstance.class);
        TypedQuery<Long> count = entityManager.createQuery("select count(s) from SagaInstance s" + filter, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        long total = count.getSingleResult();
        if (pageable.getOffset() >= total) {
            // past the end (and never an int overflow of the offset): an empty page, not a query
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<SagaInstance> content = query.setFirstResult(Math.toIntExact(pageable.getOffset()))
                .setMaxResults(pageable.getPageSize()).getResultList();
        return new PageImpl<>(content, pageable, total);
    }
}
