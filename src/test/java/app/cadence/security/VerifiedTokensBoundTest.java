package app.cadence.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The verified-token cache stays bounded and keeps answering for the tokens in use now. */
class VerifiedTokensBoundTest {

    private static SecurityIdentity identity(String name) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).build();
    }

    @Test
    void shouldMakeRoomByDroppingTheTokenClosestToTheEndOfItsUseWhenFull() {
        VerifiedTokens tokens = new VerifiedTokens(2, Duration.ofMinutes(5));
        Instant now = Instant.now();
        tokens.remember("ends-soon", identity("a"), now.plusSeconds(60));
        tokens.remember("ends-later", identity("b"), now.plusSeconds(240));

        tokens.remember("newest", identity("c"), now.plusSeconds(3600));

        assertThat(tokens.find("ends-soon")).isNull();
        assertThat(tokens.find("ends-later").getPrincipal().getName()).isEqualTo("b");
        assertThat(tokens.find("newest").getPrincipal().getName()).isEqualTo("c");
    }

    @Test
    void shouldNeverRememberATokenPastItsExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(10, Duration.ofMinutes(5));
        tokens.remember("expired", identity("a"), Instant.now().minusSeconds(1));
        assertThat(tokens.find("expired")).isNull();
    }
}
