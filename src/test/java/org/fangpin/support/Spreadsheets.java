package org.fangpin.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Spreadsheets downloaded from the API, read back as text with the library the API writes them with. */
public final class Spreadsheets {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheets() {
	}

	/** Every sheet of the workbook the client downloads, each as text: row by row, every row as wide as the widest. */
	public static List<List<List<String>>> sheets(WebTestClient client, String uri) {
		byte[] body = client.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(XLSX)
			.expectBody(byte[].class)
			.returnResult()
			.getResponseBody();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getSheets().map(Spreadsheets::text).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The first sheet of the workbook, its first row the header. */
	public static Table download(WebTestClient client, String uri) {
		List<List<String>> text = sheets(client, uri).getFirst();
		return new Table(text.getFirst(), text.subList(1, text.size()));
	}

	private static List<List<String>> text(Sheet sheet) {
		try {
			List<Row> rows = sheet.read();
			int width = rows.stream().mapToInt(Row::getCellCount).max().orElse(0);
			return rows.stream()
				.map((row) -> IntStream.range(0, width)
					.mapToObj((c) -> row.getOptionalCell(c).map(Cell::getText).orElse(""))
					.toList())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A sheet read back: its header row and its rows, as text. */
	public record Table(List<String> headers, List<List<String>> rows) {

		public List<String> column(String header) {
			int index = this.headers.indexOf(header);
			assertThat(index).as(header).isNotNegative();
			return this.rows.stream().map((row) -> row.get(index)).toList();
		}

	}

}
