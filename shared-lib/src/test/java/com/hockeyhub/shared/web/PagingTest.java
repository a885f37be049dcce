package com.hockeyhub.shared.web;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    @Test
    void pageIsBoundedOnBothSidesAndNamedInTheError() {
        assertThat(Paging.pageable(Paging.MAX_PAGE, 100, null, Set.of(), Sort.unsorted()).getOffset())
                .isEqualTo(1_000_000L);
        for (int page : new int[] {-1, Paging.MAX_PAGE + 1, 21_474_837, Integer.MAX_VALUE}) {
            assertThatThrownBy(() -> Paging.pageable(page, 100, null, Set.of(), Sort.unsorted()))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            e -> assertThat(e.getMessage()).contains("page"));
        }
    }

    @Test
    void sizeAndSortKeepTheirRules() {
        assertThatThrownBy(() -> Paging.pageable(0, 101, null, Set.of(), Sort.unsorted()))
                .hasMessageContaining("size");
        assertThatThrownBy(() -> Paging.pageable(0, 10, List.of("secret,asc"), Set.of("name"), Sort.unsorted()))
                .hasMessageContaining("sort");
        assertThat(Paging.pageable(null, null, List.of("name", "desc"), Set.of("name"), Sort.unsorted()).getSort()
                .getOrderFor("name").isDescending()).isTrue();
    }
}
