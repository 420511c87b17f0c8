package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** CV and ID documents: type from the content, size limit, download, delete, isolation. */
@ExtendWith(PlatformExtension.class)
class DocumentIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static byte[] zip(String firstEntry, String content, String... more) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(firstEntry));
      zip.write(content.getBytes(StandardCharsets.US_ASCII));
      for (String name : more) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void acceptsPdfDocxAndOdtRecognisedFromTheirContent(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    String b = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long id = fa.register(Fixtures.person("Amina", "Diallo", ""));
    String docs = fa.base() + "/candidates/" + id + "/documents";

    Answer pdf = platform.upload(docs + "?kind=CV&filename=cv.txt", PDF, "text/plain");
    assertThat(pdf.status()).as(pdf.body()).isEqualTo(201);
    assertThat(pdf.json().getString("contentType")).isEqualTo("application/pdf");
    long pdfId = pdf.json().getJsonNumber("id").longValue();

    byte[] docx = zip("[Content_Types].xml", "<Types/>", "word/document.xml");
    Answer word =
        platform.upload(docs + "?kind=CV&filename=cv.docx", docx, "application/octet-stream");
    assertThat(word.json().getString("contentType"))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    byte[] odt = zip("mimetype", "application/vnd.oasis.opendocument.text", "content.xml");
    Answer writer =
        platform.upload(docs + "?kind=ID&filename=id.odt", odt, "application/octet-stream");
    assertThat(writer.json().getString("contentType"))
        .isEqualTo("application/vnd.oasis.opendocument.text");

    HttpResponse<byte[]> download = platform.download(docs + "/" + pdfId);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
    assertThat(platform.get(docs).jsonStructure().asJsonArray()).hasSize(3);

    assertThat(platform.get("/api/t/" + b + "/candidates/" + id + "/documents").status())
        .isEqualTo(404);
    assertThat(
            platform
                .download("/api/t/" + b + "/candidates/" + id + "/documents/" + pdfId)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            platform.delete("/api/t/" + b + "/candidates/" + id + "/documents/" + pdfId).status())
        .isEqualTo(404);

    assertThat(platform.delete(docs + "/" + pdfId).status()).isEqualTo(204);
    assertThat(platform.download(docs + "/" + pdfId).statusCode()).isEqualTo(404);
    assertThat(platform.get(docs).jsonStructure().asJsonArray()).hasSize(2);
  }

  @Test
  void refusesOtherContentWhateverItsNameAndTooLargeFiles(Platform platform) throws Exception {
    String a = platform.onboardNewTenant("03");
    Fixtures fa = new Fixtures(platform, a);
    long id = fa.register(Fixtures.person("Amina", "Diallo", ""));
    String docs = fa.base() + "/candidates/" + id + "/documents";

    byte[] script = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    assertProblem(
        platform.upload(docs + "?kind=CV&filename=cv.pdf", script, "application/pdf"),
        415,
        "unsupported-document");
    assertProblem(
        platform.upload(
            docs + "?kind=CV&filename=a.docx", zip("readme.txt", "hi"), "application/zip"),
        415,
        "unsupported-document");
    byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);
    assertProblem(
        platform.upload(docs + "?kind=CV&filename=big.pdf", big, "application/pdf"),
        413,
        "document-too-large");
    assertProblem(
        platform.upload(docs + "?filename=cv.pdf", PDF, "application/pdf"),
        422,
        "validation-failed");
    assertThat(platform.get(docs).jsonStructure().asJsonArray()).isEmpty();
  }
}
