package com.hockeyhub.payment.invoice;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.hockeyhub.payment.invoice.InvoiceRequests.ChangeDueDate;
import com.hockeyhub.payment.invoice.InvoiceRequests.CreateInvoice;
import com.hockeyhub.payment.invoice.InvoiceRequests.VoidInvoice;
import com.hockeyhub.payment.invoice.InvoiceService.InvoiceFilter;
import com.hockeyhub.shared.api.PageResponse;
import com.hockeyhub.shared.security.CurrentUser;
import com.hockeyhub.shared.web.ApiEnums;
import com.hockeyhub.shared.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/invoices")
@Tag(name = "Invoices", description = "Invoices with exact amounts and a strict state machine: draft → open → "
        + "partially_paid → paid; open/partially_paid → overdue; draft/open/overdue → void; paid/partially_paid → "
        + "refunded. Club admins manage the club's; everyone else sees their family's bills only.")
class InvoiceController {

    private static final Set<String> SORTABLE = Set.of("dueDate", "issueDate", "createdAt", "total", "number",
            "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "dueDate").and(Sort.by("id"));

    private final InvoiceService invoices;
    private final InvoicePdf pdf;

    InvoiceController(InvoiceService invoices, InvoicePdf pdf) {
        this.invoices = invoices;
        this.pdf = pdf;
    }

    @PostMapping
    @Operation(summary = "Create an invoice (club admin)",
            description = "A draft, or issued at once with issue=true (numbered per club and year, gap-free; "
                    + "publishes payment.invoice.issued). Amounts may not have more decimals than the currency.")
    ResponseEntity<InvoiceResponse> create(CurrentUser user, @Valid @RequestBody CreateInvoice request) {
        Invoice invoice = invoices.create(user, request);
        return ResponseEntity.created(URI.create("/api/invoices/" + invoice.getId())).body(InvoiceResponse.of(invoice));
    }

    @GetMapping
    @Operation(summary = "Invoices: the club's (club admin) or the caller's family's (everyone else)")
    PageResponse<InvoiceResponse> list(CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) UUID payerId, @RequestParam(required = false) UUID playerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort) {
        InvoiceFilter filter = new InvoiceFilter(ApiEnums.param(InvoiceStatus.class, "status", status), payerId,
                playerId, dueFrom, dueTo);
        return PageResponse.of(invoices.list(user, filter, Paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT)),
                InvoiceResponse::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One invoice (club admin, or the family it bills)")
    InvoiceResponse get(CurrentUser user, @PathVariable UUID id) {
        return InvoiceResponse.of(invoices.read(user, id));
    }

    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice as a PDF (club admin, or the family it bills)")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable UUID id) {
        Invoice invoice = invoices.read(user, id);
        String name = "invoice-" + (invoice.getNumber() != null ? invoice.getNumber() : "draft-" + id) + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build()
                        .toString())
                .body(pdf.render(invoice));
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Issue a draft (club admin): numbered, open; 409 unless a draft",
            description = "Publishes payment.invoice.issued. 422 when the due date is before today.")
    InvoiceResponse issue(CurrentUser user, @PathVariable UUID id) {
        return InvoiceResponse.of(invoices.issue(user, id));
    }

    @PutMapping("/{id}/due-date")
    @Operation(summary = "Change a draft's due date (club admin); 409 unless a draft",
            description = "E.g. a draft whose due date passed before it was issued (issuing it is a 422 until then).")
    InvoiceResponse changeDueDate(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody ChangeDueDate request) {
        return InvoiceResponse.of(invoices.changeDueDate(user, id, request.dueDate()));
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Void a draft, open or overdue invoice without payments (club admin); 409 otherwise")
    InvoiceResponse voidInvoice(CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody(required = false) VoidInvoice request) {
        return InvoiceResponse.of(invoices.voidInvoice(user, id, request == null ? null : request.reason()));
    }
}
