package com.hockeyhub.user.auth;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hockeyhub.shared.security.Role;
import com.hockeyhub.shared.test.IntegrationTest;
import com.hockeyhub.user.Fixtures;
import com.hockeyhub.shared.test.TestMail;
import com.hockeyhub.user.organization.Organization;
import com.hockeyhub.user.user.User;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PasswordResetTest {

    private static final Pattern CODE = Pattern.compile("Reset code: (\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Fixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(context);
    }

    ResultActions postJson(String path, String body) throws Exception {
        return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body.replace('\'', '"')));
    }

    /** Waits for the reset mail to the address and returns the code in it. */
    static String resetCodeMailedTo(String email) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> mine = Arrays.stream(TestMail.server().getReceivedMessages())
                    .filter(m -> recipient(m).equalsIgnoreCase(email)).toList();
            if (!mine.isEmpty()) {
                MimeMessage last = mine.get(mine.size() - 1);
                assertThat(last.getSubject()).contains("Reset your Hockey Hub password");
                Matcher matcher = CODE.matcher(GreenMailUtil.getBody(last));
                assertThat(matcher.find()).isTrue();
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No reset mail reached " + email);
    }

    static int mailsTo(String email) {
        return (int) Arrays.stream(TestMail.server().getReceivedMessages())
                .filter(m -> recipient(m).equalsIgnoreCase(email)).count();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            return "";
        }
    }

    @Test
    void forgotPasswordAnswersTheSameForKnownAndUnknownAddresses() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.PLAYER);
        String unknownEmail = Fixtures.unique("nobody") + "@x.org";
        String known = postJson("/api/auth/forgot-password", "{'email':'" + user.getEmail() + "'}")
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String unknown = postJson("/api/auth/forgot-password", "{'email':'" + unknownEmail + "'}")
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        assertThat(known).isEqualTo(unknown);
        assertThat(resetCodeMailedTo(user.getEmail())).isNotBlank();
        assertThat(mailsTo(unknownEmail)).isZero();

        postJson("/api/auth/forgot-password", "{'email':'not-an-email'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("email"));
    }

    /**
     * A known address must not cost the answer more database work than an unknown one: the token is written off the
     * request thread. With the token table locked, the answer still comes at once; the mail follows the unlock.
     */
    @Test
    void forgotPasswordAnswersBeforeTheTokenIsWritten() throws Exception {
        User user = fixtures.user(fixtures.club(), Role.PLAYER);
        java.util.concurrent.ExecutorService caller = java.util.concurrent.Executors.newSingleThreadExecutor();
        try (java.sql.Connection lock = context.getBean(javax.sql.DataSource.class).getConnection()) {
            lock.setAutoCommit(false);
            try (java.sql.Statement statement = lock.createStatement()) {
                statement.execute("LOCK TABLE password_reset_tokens IN ACCESS EXCLUSIVE MODE");
            }
            java.util.concurrent.Future<Integer> answer = caller.submit(() -> postJson("/api/auth/forgot-password",
                    "{'email':'" + user.getEmail() + "'}").andReturn().getResponse().getStatus());
            try {
                assertThat(answer.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(202);
                assertThat(mailsTo(user.getEmail())).isZero();
            } finally {
                lock.rollback();
            }
        } finally {
            caller.shutdown();
        }
        assertThat(resetCodeMailedTo(user.getEmail())).isNotBlank();
    }

    @Test
    void theMailedCodeSetsANewPasswordOnceAndEndsSessionsAndLockout() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.COACH);
        String refresh = JsonPath.read(postJson("/api/auth/login",
                        "{'email':'" + user.getEmail() + "','password':'" + Fixtures.PASSWORD + "'}")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.refreshToken");
        for (int i = 0; i < 5; i++) {
            postJson("/api/auth/login", "{'email':'" + user.getEmail() + "','password':'Wrong-Pass-1'}");
        }
        postJson("/api/auth/login", "{'email':'" + user.getEmail() + "','password':'" + Fixtures.PASSWORD + "'}")
                .andExpect(status().isLocked());

        postJson("/api/auth/forgot-password", "{'email':'" + user.getEmail() + "'}").andExpect(status().isAccepted());
        String code = resetCodeMailedTo(user.getEmail());

        postJson("/api/auth/reset-password", "{'token':'" + code + "','newPassword':'weakpassword'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        postJson("/api/auth/reset-password", "{'token':'" + code + "','newPassword':'Brand-New-2027'}")
                .andExpect(status().isNoContent());
        postJson("/api/auth/reset-password", "{'token':'" + code + "','newPassword':'Another-One-2028'}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("token"));
        postJson("/api/auth/reset-password", "{'token':'made-up','newPassword':'Another-One-2028'}")
                .andExpect(status().isBadRequest());

        postJson("/api/auth/refresh", "{'refreshToken':'" + refresh + "'}").andExpect(status().isUnauthorized());
        postJson("/api/auth/login", "{'email':'" + user.getEmail() + "','password':'" + Fixtures.PASSWORD + "'}")
                .andExpect(status().isUnauthorized());
        postJson("/api/auth/login", "{'email':'" + user.getEmail() + "','password':'Brand-New-2027'}")
                .andExpect(status().isOk());
    }

    @Test
    void aNewRequestVoidsTheEarlierCode() throws Exception {
        Organization club = fixtures.club();
        User user = fixtures.user(club, Role.PLAYER);
        postJson("/api/auth/forgot-password", "{'email':'" + user.getEmail() + "'}").andExpect(status().isAccepted());
        String first = resetCodeMailedTo(user.getEmail());
        postJson("/api/auth/forgot-password", "{'email':'" + user.getEmail() + "'}").andExpect(status().isAccepted());
        for (int i = 0; i < 100 && mailsTo(user.getEmail()) < 2; i++) {
            Thread.sleep(100);
        }
        String second = resetCodeMailedTo(user.getEmail());
        assertThat(second).isNotEqualTo(first);
        postJson("/api/auth/reset-password", "{'token':'" + first + "','newPassword':'Brand-New-2027'}")
                .andExpect(status().isBadRequest());
        postJson("/api/auth/reset-password", "{'token':'" + second + "','newPassword':'Brand-New-2027'}")
                .andExpect(status().isNoContent());
    }
}
