/**
 * Quick Start snippets (DOMAIN.md §9): code a developer can paste to protect their API with this
 * workbench's tokens. Pure: text in, text out, so it is easy to test and to swap the issuer.
 */

/** `text` is shown as it is, without highlighting. */
export type SnippetLanguage = 'javascript' | 'go' | 'csharp' | 'python' | 'java' | 'yaml' | 'json' | 'bash' | 'text';

export interface SnippetFile {
  /** Where the code goes, e.g. `server.js` or `src/main/resources/application.yml`. */
  name: string;
  language: SnippetLanguage;
  code: string;
}

export interface Snippet {
  id: 'express' | 'fastify' | 'go' | 'aspnetcore' | 'fastapi' | 'spring';
  label: string;
  /** How to add what the code imports: a shell command, or a build-file line. */
  install: SnippetFile;
  files: SnippetFile[];
  /** Said above the code when the library needs something the API does not give it. */
  note?: string;
}

export interface SnippetInput {
  /** The issuer of this tenant's tokens, with its trailing slash, exactly as in `iss`. */
  issuer: string;
  /** The API's identifier: the tokens' `aud`. */
  audience: string;
  /** The issuer's host, for libraries configured with an Auth0 "domain". */
  domain: string;
  signingAlg?: 'RS256' | 'PS256' | 'HS256';
  /** A permission of this API for the "scoped" route; a placeholder when it has none. */
  scope?: string;
}

/** JSON string literals are valid string literals in JavaScript, Go, C#, Python, Java and YAML. */
const q = (value: string): string => JSON.stringify(value);

const DEFAULT_SCOPE = 'read:messages';

export function buildSnippets(input: SnippetInput): Snippet[] {
  const ctx: Ctx = {
    ...input,
    alg: input.signingAlg ?? 'RS256',
    scope: input.scope ?? DEFAULT_SCOPE,
    https: input.issuer.startsWith('https://'),
    scopedMessage: q(`Hello from a private endpoint with the ${input.scope ?? DEFAULT_SCOPE} permission!`),
  };
  return [express(ctx), fastify(ctx), go(ctx), aspNetCore(ctx), fastApi(ctx), spring(ctx)];
}

interface Ctx extends Required<Omit<SnippetInput, 'signingAlg' | 'scope'>> {
  alg: 'RS256' | 'PS256' | 'HS256';
  scope: string;
  https: boolean;
  /** A string literal: a permission may hold quotes, so it is never pasted raw into code. */
  scopedMessage: string;
}

const HS256_SECRET_NOTE =
  'This API signs its tokens with HS256: the code below verifies them with the API’s signing secret, read from the API_SIGNING_SECRET environment variable, instead of the tenant’s public keys. The workbench does not show API signing secrets yet.';

/** For SDKs that only take a domain and only verify with the issuer's public keys. */
function domainOnlyNote(ctx: Ctx, sdk: string): string | undefined {
  if (ctx.alg === 'HS256') {
    return `${sdk} verifies tokens only with the issuer’s public keys (JWKS); it has no option for a shared secret, so it cannot verify this API’s HS256 tokens. Use RS256 for this API, or use the Express, Go, ASP.NET Core or Spring Boot snippet, which can verify HS256.`;
  }
  if (ctx.alg === 'PS256') {
    return `${sdk} is documented for RS256. This API signs with PS256; if your version refuses PS256 tokens, use RS256 for this API.`;
  }
  if (!ctx.https) {
    return `${sdk} takes a domain and always builds the issuer as https://{domain}/, so it cannot use the issuer ${ctx.issuer}.`;
  }
  return undefined;
}

function express(ctx: Ctx): Snippet {
  const options =
    ctx.alg === 'HS256'
      ? `  issuer: ${q(ctx.issuer)},
  audience: ${q(ctx.audience)},
  // HS256: the API's signing secret verifies the signature; no key is fetched.
  secret: process.env.API_SIGNING_SECRET,
  tokenSigningAlg: "HS256",`
      : `  // Discovery at {issuerBaseURL}.well-known/openid-configuration gives the issuer and the JWKS.
  issuerBaseURL: ${q(ctx.issuer)},
  audience: ${q(ctx.audience)},
  tokenSigningAlg: ${q(ctx.alg)},`;
  return {
    id: 'express',
    label: 'Express',
    install: { name: 'Terminal', language: 'bash', code: 'npm install express express-oauth2-jwt-bearer' },
    ...(ctx.alg === 'HS256' ? { note: HS256_SECRET_NOTE } : {}),
    files: [
      {
        name: 'server.js',
        language: 'javascript',
        code: `const express = require("express");
const { auth, requiredScopes } = require("express-oauth2-jwt-bearer");

const app = express();

// Checks the access token of every request that uses it: signature, issuer, audience, expiry.
const checkJwt = auth({
${options}
});

app.get("/api/public", (req, res) => {
  res.json({ message: "Hello from a public endpoint! No token needed." });
});

// Any valid access token for this API.
app.get("/api/private", checkJwt, (req, res) => {
  res.json({ message: "Hello from a private endpoint!", sub: req.auth.payload.sub });
});

// A valid access token whose scope includes ${ctx.scope}.
app.get("/api/private-scoped", checkJwt, requiredScopes(${q(ctx.scope)}), (req, res) => {
  res.json({ message: ${ctx.scopedMessage} });
});

app.listen(3000, () => console.log("Listening on http://localhost:3000"));
`,
      },
    ],
  };
}

function fastify(ctx: Ctx): Snippet {
  const note = domainOnlyNote(ctx, 'The Auth0 Fastify API SDK');
  return {
    id: 'fastify',
    label: 'Fastify',
    install: { name: 'Terminal', language: 'bash', code: 'npm install fastify @auth0/auth0-fastify-api' },
    ...(note !== undefined ? { note } : {}),
    files: [
      {
        name: 'server.mjs',
        language: 'javascript',
        code: `import Fastify from "fastify";
import fastifyAuth0Api from "@auth0/auth0-fastify-api";

const fastify = Fastify({ logger: true });

// Verifies access tokens issued by https://${ctx.domain}/ for this API.
await fastify.register(fastifyAuth0Api, {
  domain: ${q(ctx.domain)},
  audience: ${q(ctx.audience)},
});

fastify.get("/api/public", async () => {
  return { message: "Hello from a public endpoint! No token needed." };
});

// Any valid access token for this API.
fastify.get("/api/private", { preHandler: fastify.requireAuth() }, async (request) => {
  return { message: "Hello from a private endpoint!", sub: request.user.sub };
});

// A valid access token whose scope includes ${ctx.scope}.
fastify.get(
  "/api/private-scoped",
  { preHandler: fastify.requireAuth({ scopes: [${q(ctx.scope)}] }) },
  async () => {
    return { message: ${ctx.scopedMessage} };
  },
);

await fastify.listen({ port: 3000 });
`,
      },
    ],
  };
}

function go(ctx: Ctx): Snippet {
  const hs = ctx.alg === 'HS256';
  const imports = [
    '"context"',
    '"encoding/json"',
    '"log"',
    '"net/http"',
    '"net/url"',
    ...(hs ? ['"os"'] : []),
    '"strings"',
    ...(hs ? [] : ['"time"']),
  ];
  const keys = hs
    ? `	// HS256: the API's signing secret verifies the signature; no key is fetched.
	secret := []byte(os.Getenv("API_SIGNING_SECRET"))
	keyFunc := func(ctx context.Context) (any, error) { return secret, nil }
`
    : `	// Fetches the issuer's JWKS (found by OIDC discovery) and caches it.
	provider, err := jwks.NewCachingProvider(
		jwks.WithIssuerURL(issuerURL),
		jwks.WithCacheTTL(5*time.Minute),
	)
	if err != nil {
		log.Fatalf("Failed to set up the JWKS provider: %v", err)
	}
`;
  return {
    id: 'go',
    label: 'Go',
    install: { name: 'Terminal', language: 'bash', code: 'go get github.com/auth0/go-jwt-middleware/v3' },
    ...(hs ? { note: HS256_SECRET_NOTE } : {}),
    files: [
      {
        name: 'main.go',
        language: 'go',
        code: `package main

import (
${imports.map((i) => `\t${i}`).join('\n')}

	jwtmiddleware "github.com/auth0/go-jwt-middleware/v3"
${hs ? '' : '\t"github.com/auth0/go-jwt-middleware/v3/jwks"\n'}	"github.com/auth0/go-jwt-middleware/v3/validator"
)

// CustomClaims reads the token's scope claim, to check permissions.
type CustomClaims struct {
	Scope string \`json:"scope"\`
}

func (c *CustomClaims) Validate(ctx context.Context) error { return nil }

func (c *CustomClaims) HasScope(expected string) bool {
	for _, scope := range strings.Fields(c.Scope) {
		if scope == expected {
			return true
		}
	}
	return false
}

func main() {
	// The issuer with its trailing slash, exactly as in the tokens' iss claim.
	issuerURL, err := url.Parse(${q(ctx.issuer)})
	if err != nil {
		log.Fatalf("Failed to parse the issuer URL: %v", err)
	}

${keys}
	jwtValidator, err := validator.New(
		validator.WithKeyFunc(${hs ? 'keyFunc' : 'provider.KeyFunc'}),
		validator.WithAlgorithm(validator.${ctx.alg}),
		validator.WithIssuer(issuerURL.String()),
		validator.WithAudience(${q(ctx.audience)}),
		validator.WithCustomClaims(func() validator.CustomClaims { return &CustomClaims{} }),
	)
	if err != nil {
		log.Fatalf("Failed to set up the JWT validator: %v", err)
	}

	middleware, err := jwtmiddleware.New(jwtmiddleware.WithValidator(jwtValidator))
	if err != nil {
		log.Fatalf("Failed to set up the JWT middleware: %v", err)
	}

	mux := http.NewServeMux()

	// Any valid access token for this API.
	mux.Handle("/api/private", middleware.CheckJWT(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, err := jwtmiddleware.GetClaims[*validator.ValidatedClaims](r.Context())
		if err != nil {
			http.Error(w, "no claims", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{
			"message": "Hello from a private endpoint!",
			"sub":     claims.RegisteredClaims.Subject,
		})
	})))

	// A valid access token whose scope includes ${ctx.scope}.
	mux.Handle("/api/private-scoped", middleware.CheckJWT(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		claims, err := jwtmiddleware.GetClaims[*validator.ValidatedClaims](r.Context())
		if err != nil {
			http.Error(w, "no claims", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		if !claims.CustomClaims.(*CustomClaims).HasScope(${q(ctx.scope)}) {
			w.WriteHeader(http.StatusForbidden)
			json.NewEncoder(w).Encode(map[string]string{"message": "Insufficient scope."})
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"message": ${ctx.scopedMessage}})
	})))

	log.Println("Listening on http://localhost:3000")
	log.Fatal(http.ListenAndServe(":3000", mux))
}
`,
      },
    ],
  };
}

function aspNetCore(ctx: Ctx): Snippet {
  const hs = ctx.alg === 'HS256';
  const settings = hs
    ? `{
  "Auth0": {
    "Domain": ${q(ctx.domain)},
    "Audience": ${q(ctx.audience)}
  }
}
`
    : ctx.https
      ? `{
  "Auth0": {
    "Domain": ${q(ctx.domain)},
    "Audience": ${q(ctx.audience)}
  }
}
`
      : `{
  "Auth0": {
    "Authority": ${q(ctx.issuer)},
    "Audience": ${q(ctx.audience)}
  }
}
`;
  const issuerExpr = ctx.https ? '$"https://{builder.Configuration["Auth0:Domain"]}/"' : 'builder.Configuration["Auth0:Authority"]';
  const bearer = hs
    ? `    .AddJwtBearer(options =>
    {
        // HS256: the API's signing secret verifies the signature; no key is fetched.
        var secret = Environment.GetEnvironmentVariable("API_SIGNING_SECRET")!;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = ${ctx.https ? '$"https://{builder.Configuration["Auth0:Domain"]}/"' : q(ctx.issuer)},
            ValidAudience = builder.Configuration["Auth0:Audience"],
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(secret)),
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
        };
        // Keep the token's claim names (sub, scope) as they are.
        options.MapInboundClaims = false;
    });`
    : `    .AddJwtBearer(options =>
    {
        // Discovery at {Authority}.well-known/openid-configuration gives the issuer and the JWKS.
        options.Authority = ${issuerExpr};
        options.Audience = builder.Configuration["Auth0:Audience"];${ctx.https ? '' : '\n        // The local issuer is served over http.\n        options.RequireHttpsMetadata = false;'}
        // Keep the token's claim names (sub, scope) as they are.
        options.MapInboundClaims = false;
    });`;
  return {
    id: 'aspnetcore',
    label: 'ASP.NET Core',
    install: { name: 'Terminal', language: 'bash', code: 'dotnet add package Microsoft.AspNetCore.Authentication.JwtBearer' },
    ...(hs ? { note: HS256_SECRET_NOTE } : {}),
    files: [
      { name: 'appsettings.json', language: 'json', code: settings },
      {
        name: 'Program.cs',
        language: 'csharp',
        code: `using System.Security.Claims;
${hs ? 'using System.Text;\n' : ''}using Microsoft.AspNetCore.Authentication.JwtBearer;
${hs ? 'using Microsoft.IdentityModel.Tokens;\n' : ''}
var builder = WebApplication.CreateBuilder(args);

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
${bearer}

builder.Services.AddAuthorization(options =>
{
    // The scope claim is one space-separated string.
    options.AddPolicy(${q(ctx.scope)}, policy => policy.RequireAssertion(context =>
        context.User.FindFirst("scope")?.Value.Split(' ').Contains(${q(ctx.scope)}) == true));
});

var app = builder.Build();

app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/api/public", () => new { message = "Hello from a public endpoint! No token needed." });

// Any valid access token for this API.
app.MapGet("/api/private", (ClaimsPrincipal user) =>
        new { message = "Hello from a private endpoint!", sub = user.FindFirst("sub")?.Value })
    .RequireAuthorization();

// A valid access token whose scope includes ${ctx.scope}.
app.MapGet("/api/private-scoped", () =>
        new { message = ${ctx.scopedMessage} })
    .RequireAuthorization(${q(ctx.scope)});

app.Run();
`,
      },
    ],
  };
}

function fastApi(ctx: Ctx): Snippet {
  const note = domainOnlyNote(ctx, 'The Auth0 FastAPI API SDK');
  return {
    id: 'fastapi',
    label: 'Python (FastAPI)',
    install: { name: 'Terminal', language: 'bash', code: 'pip install auth0-fastapi-api fastapi uvicorn' },
    ...(note !== undefined ? { note } : {}),
    files: [
      {
        name: 'main.py',
        language: 'python',
        code: `# Run with: uvicorn main:app --port 3000
from fastapi import Depends, FastAPI
from fastapi_plugin.fast_api_client import Auth0FastAPI

app = FastAPI()

# Verifies access tokens issued by https://${ctx.domain}/ for this API.
auth0 = Auth0FastAPI(
    domain=${q(ctx.domain)},
    audience=${q(ctx.audience)},
)


@app.get("/api/public")
async def public():
    return {"message": "Hello from a public endpoint! No token needed."}


# Any valid access token for this API.
@app.get("/api/private")
async def private(claims: dict = Depends(auth0.require_auth())):
    return {"message": "Hello from a private endpoint!", "sub": claims["sub"]}


# A valid access token whose scope includes ${ctx.scope}.
@app.get("/api/private-scoped")
async def private_scoped(claims: dict = Depends(auth0.require_auth(scopes=${q(ctx.scope)}))):
    return {"message": ${ctx.scopedMessage}}
`,
      },
    ],
  };
}

function spring(ctx: Ctx): Snippet {
  const hs = ctx.alg === 'HS256';
  const yaml = hs
    ? `# HS256: the API's signing secret verifies the signature (see JwtDecoder in SecurityConfig).
api:
  issuer: ${q(ctx.issuer)}
  audience: ${q(ctx.audience)}
  signing-secret: \${API_SIGNING_SECRET}
`
    : `spring:
  security:
    oauth2:
      resourceserver:
        jwt:
          # Discovery at {issuer-uri}.well-known/openid-configuration gives the JWKS;
          # the discovered issuer must equal the tokens' iss exactly.
          issuer-uri: ${q(ctx.issuer)}
          audiences:
            - ${q(ctx.audience)}${ctx.alg === 'PS256' ? '\n          jws-algorithms:\n            - PS256' : ''}
`;
  const decoder = hs
    ? `
    @Bean
    public JwtDecoder jwtDecoder(
            @Value("\${api.issuer}") String issuer,
            @Value("\${api.audience}") String audience,
            @Value("\${api.signing-secret}") String secret) {
        SecretKey key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        OAuth2TokenValidator<Jwt> audienceValidator =
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer), audienceValidator));
        return decoder;
    }
`
    : '';
  const hsImports = hs
    ? `import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
`
    : '';
  return {
    id: 'spring',
    label: 'Java (Spring Boot)',
    install: {
      name: 'build.gradle.kts (Spring Boot 3)',
      language: 'text',
      code: `dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("org.springframework.boot:spring-boot-starter-oauth2-resource-server")
}
`,
    },
    ...(hs ? { note: HS256_SECRET_NOTE } : {}),
    files: [
      { name: 'src/main/resources/application.yml', language: 'yaml', code: yaml },
      {
        name: 'src/main/java/com/example/api/SecurityConfig.java',
        language: 'java',
        code: `package com.example.api;

${hsImports}import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
public class SecurityConfig {

    @Bean
    public SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(authorize -> authorize
                // Each permission in the scope claim becomes an authority named SCOPE_{permission}.
                .requestMatchers("/api/private-scoped").hasAuthority(${q(`SCOPE_${ctx.scope}`)})
                .requestMatchers("/api/private").authenticated()
                .anyRequest().permitAll())
            .oauth2ResourceServer(oauth2 -> oauth2.jwt(Customizer.withDefaults()));
        return http.build();
    }
${decoder}}
`,
      },
      {
        name: 'src/main/java/com/example/api/MessagesController.java',
        language: 'java',
        code: `package com.example.api;

import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class MessagesController {

    @GetMapping("/api/public")
    public Map<String, String> publicEndpoint() {
        return Map.of("message", "Hello from a public endpoint! No token needed.");
    }

    @GetMapping("/api/private")
    public Map<String, String> privateEndpoint(@AuthenticationPrincipal Jwt jwt) {
        return Map.of("message", "Hello from a private endpoint!", "sub", jwt.getSubject());
    }

    @GetMapping("/api/private-scoped")
    public Map<String, String> privateScopedEndpoint() {
        return Map.of("message", ${ctx.scopedMessage});
    }
}
`,
      },
    ],
  };
}
