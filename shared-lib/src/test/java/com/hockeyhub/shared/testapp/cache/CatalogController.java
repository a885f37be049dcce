package com.hockeyhub.shared.testapp.cache;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cached read over HTTP (authenticated), used by the cache benchmark (bench/cache-bench.sh). */
@RestController
@RequestMapping("/api/test-catalog")
class CatalogController {

    private final CatalogService catalog;

    CatalogController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/{id}")
    CatalogItem item(@PathVariable UUID id) {
        return catalog.item(id);
    }
}
