package com.hockeyhub.payment.invoice;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/** Renders an invoice as a PDF with OpenPDF: number, dates, payer, lines, subtotal, tax, total, paid, balance due. */
@Component
public class InvoicePdf {

    public byte[] render(Invoice invoice) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Invoice " + (invoice.getNumber() != null ? invoice.getNumber() : "(draft)"));
        document.addCreator("Hockey Hub payment-service");
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
        Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
        document.add(new Paragraph("Invoice " + (invoice.getNumber() != null ? invoice.getNumber() : "(draft)"), title));
        document.add(new Paragraph(invoice.getDescription(), normal));
        document.add(new Paragraph("Status: " + invoice.getStatus().value(), normal));
        document.add(new Paragraph("Issued: " + (invoice.getIssueDate() != null ? invoice.getIssueDate() : "-")
                + "    Due: " + invoice.getDueDate(), normal));
        document.add(new Paragraph("Payer: " + invoice.getPayerId(), normal));
        if (invoice.getPlayerId() != null) {
            document.add(new Paragraph("For player: " + invoice.getPlayerId(), normal));
        }
        document.add(new Paragraph(" ", normal));

        PdfPTable table = new PdfPTable(new float[] {6, 1.2f, 2, 2});
        table.setWidthPercentage(100);
        for (String header : new String[] {"Description", "Qty", "Unit price", "Amount"}) {
            table.addCell(new PdfPCell(new Phrase(header, bold)));
        }
        for (InvoiceLine line : invoice.getLines()) {
            table.addCell(new PdfPCell(new Phrase(line.getDescription(), normal)));
            table.addCell(right(String.valueOf(line.getQuantity()), normal));
            table.addCell(right(money(line.getUnitPrice(), invoice), normal));
            table.addCell(right(money(line.getAmount(), invoice), normal));
        }
        total(table, "Subtotal", invoice.getSubtotal(), invoice, normal);
        total(table, "Tax (" + invoice.getTaxRate().stripTrailingZeros().toPlainString() + " %)", invoice.getTax(),
                invoice, normal);
        total(table, "Total", invoice.getTotal(), invoice, bold);
        total(table, "Paid", invoice.getPaidAmount(), invoice, normal);
        if (invoice.getRefundedAmount().signum() > 0) {
            total(table, "Refunded", invoice.getRefundedAmount(), invoice, normal);
        }
        total(table, "Balance due", invoice.balanceDue(), invoice, bold);
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static void total(PdfPTable table, String label, BigDecimal amount, Invoice invoice, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(label, font));
        cell.setColspan(3);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(cell);
        table.addCell(right(money(amount, invoice), font));
    }

    private static PdfPCell right(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String money(BigDecimal amount, Invoice invoice) {
        return amount.toPlainString() + " " + invoice.getCurrency();
    }
}
