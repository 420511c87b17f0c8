package it.ponte.it;

import static it.ponte.it.ProblemResponsesIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import it.ponte.it.Platform.Answer;
import it.ponte.it.Platform.Session;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue #16, item 3: plugins' operations are guarded by the permissions they declare, enforced by
 * the core. Each attack is what an operator could do before: put themselves on a committee, move
 * money, approve loans, redistribute budgets.
 */
@ExtendWith(PlatformExtension.class)
class PluginPermissionIT {

  private static void enable(Platform platform, String tenant, String plugin) {
    Answer enabled =
        platform
            .asAdminOf(tenant)
            .send("PUT", "/api/t/" + tenant + "/plugins/" + plugin, "{}", "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
  }

  @Test
  void operatorsCannotSeatCommitteesNorMoveMoney(Platform platform) {
    String t = platform.onboardNewTenant("08");
    enable(platform, t, "innovation-calls");
    enable(platform, t, "microcredit");
    Session operator = platform.as(platform.operatorOf(t));
    String ic = "/api/t/" + t + "/plugins/innovation-calls";
    String mc = "/api/t/" + t + "/plugins/microcredit";
    long call =
        platform
            .asAdminOf(t)
            .post(
                ic + "/calls",
                "{\"title\": \"Bando\", \"budget\": 10000, \"opensAt\": \"2026-01-01T09:00\","
                    + " \"closesAt\": \"2099-01-01T18:00\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    String self = "{\"username\": \"" + platform.operatorOf(t) + "\"}";
    List<Answer> attempts =
        List.of(
            operator.post(ic + "/calls", "{\"title\": \"Mio\", \"budget\": 1}"),
            operator.post(ic + "/calls/" + call + "/committee", self),
            operator.post(ic + "/applications/1/funding", "{\"amount\": 6000}"),
            operator.post(ic + "/applications/1/disbursements", "{\"amount\": 100}"),
            operator.post(mc + "/funds", "{\"name\": \"F\", \"bank\": \"B\"}"),
            operator.post(mc + "/funds/1/deposits", "{\"amount\": 1, \"onDate\": \"2026-01-01\"}"),
            operator.post(mc + "/funds/1/releases", "{\"amount\": 1, \"onDate\": \"2026-01-01\"}"),
            operator.post(mc + "/loans/1/approval", "{}"),
            operator.post(mc + "/loans/1/disbursements", "{\"amount\": 1}"),
            operator.post(mc + "/loans/1/guarantee-call", "{}"));
    for (Answer a : attempts) {
      ProblemResponsesIT.assertProblem(a, 403, "forbidden");
      assertThat(a.json().getString("detail")).contains("admin role in this territory");
    }
    // The committee is still empty, and the admin can seat it.
    assertThat(platform.get(ic + "/calls/" + call).body()).doesNotContain(platform.operatorOf(t));
    assertThat(platform.asAdminOf(t).post(ic + "/calls/" + call + "/committee", self).status())
        .isEqualTo(200);

    String lombardy = platform.onboardNewTenant("03");
    enable(platform, lombardy, "dote-unica-lavoro");
    String dul = "/api/t/" + lombardy + "/plugins/dote-unica-lavoro";
    Session lombardOperator = platform.as(platform.operatorOf(lombardy));
    assertProblem(
        lombardOperator.post(dul + "/operators", "{\"name\": \"Ente\", \"ceiling\": 1000}"),
        403,
        "forbidden");
    assertProblem(
        lombardOperator.post(dul + "/operators/1/redistributions", "{\"amount\": 500}"),
        403,
        "forbidden");
    // Reading stays open to the territory's viewers and operators.
    assertThat(lombardOperator.get(dul + "/operators").status()).isEqualTo(200);
  }

  @Test
  void anOperationThatDeclaresNoPermissionIsRefusedToEveryone(Platform platform) {
    String t = platform.onboardNewTenant("08");
    Answer enabled =
        platform
            .asAdminOf(t)
            .send(
                "PUT",
                "/api/t/" + t + "/plugins/it-echo",
                "{\"greeting\": \"ciao\"}",
                "application/json");
    assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
    String undeclared = "/api/t/" + t + "/plugins/it-echo/undeclared";
    for (Session s : List.of(platform.asAdminOf(t), platform.as(platform.operatorOf(t)))) {
      Answer a = s.get(undeclared);
      assertProblem(a, 403, "forbidden");
      assertThat(a.body()).doesNotContain("leaked");
    }
    // A declared one works, and the other territory still sees nothing of this one.
    assertThat(platform.asAdminOf(t).get("/api/t/" + t + "/plugins/it-echo/seen").status())
        .isEqualTo(200);
    String other = platform.onboardNewTenant("08");
    assertThat(platform.get("/api/t/" + other + "/plugins/it-echo/seen").status()).isEqualTo(404);
  }

  @Test
  void pluginOperationsAreInTheOpenApiDocumentSoTheAccessMatrixCallsThem(Platform platform) {
    String openapi = platform.anonymous().get("/openapi").body();
    assertThat(openapi)
        .contains("/api/t/{tenant}/plugins/microcredit/loans/{id}/approval")
        .contains("/api/t/{tenant}/plugins/innovation-calls/applications/{id}/scores")
        .contains("/api/t/{tenant}/plugins/dote-unica-lavoro/operators/{id}/redistributions");
  }
}
