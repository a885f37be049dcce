package com.hockeyhub.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The pagination convention of every list endpoint: {@code page} (zero-based), {@code size} (1..100, default 20)
 * and {@code sort=field,asc|desc} limited to fields the endpoint allows. Bad values are a 400 naming the parameter.
 * {@code page} is bounded too ({@value #MAX_PAGE}): an offset past that is no browsing anyone does, and an unbounded
 * one overflows the {@code int} offsets of JPA and JDBC (a 500 instead of an answer).
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    public static final int MAX_PAGE = 10_000;

    private Paging() {
    }

    public static Pageable pageable(Integer page, Integer size, List<String> sort, Set<String> sortable,
            Sort defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0 || p > MAX_PAGE) {
            throw new InvalidRequestException("page", "must be between 0 and " + MAX_PAGE);
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", "must be between 1 and " + MAX_SIZE);
        }
        return PageRequest.of(p, s, sort(sort, sortable, defaultSort));
    }

    static Sort sort(List<String> sort, Set<String> sortable, Sort defaultSort) {
        if (sort == null || sort.isEmpty()) {
            return defaultSort;
        }
        List<Sort.Order> orders = new ArrayList<>();
        // Spring binds "sort=name,desc" as ["name", "desc"]; "sort=name,desc&sort=email" as ["name,desc", "email"].
        List<String> tokens = sort.size() == 2 && isDirection(sort.get(1)) ? List.of(sort.get(0) + "," + sort.get(1)) : sort;
        for (String token : tokens) {
            String[] parts = token.split(",");
            String field = parts[0].trim();
            if (!sortable.contains(field)) {
                throw new InvalidRequestException("sort", "cannot sort by '" + field + "'; allowed: " + sortable);
            }
            Sort.Direction direction = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc")
                    ? Sort.Direction.DESC : Sort.Direction.ASC;
            if (parts.length > 1 && !isDirection(parts[1])) {
                throw new InvalidRequestException("sort", "direction must be asc or desc");
            }
            orders.add(new Sort.Order(direction, field));
        }
        return Sort.by(orders);
    }

    private static boolean isDirection(String value) {
        return value.trim().equalsIgnoreCase("asc") || value.trim().equalsIgnoreCase("desc");
    }
}
