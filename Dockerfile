# syntax=docker/dockerfile:1
# One image recipe for every Hockey Hub service:
#   docker build --build-arg SERVICE=user-service --build-arg PORT=8081 -t hockeyhub/user-service .
# (docker-compose.yml passes both for each service.) Needs BuildKit (default since Docker 23).

# ---- build: all modules in one reactor run. This stage does not depend on SERVICE, so one compose build of
# ---- nine images runs Maven once; the Maven repository is a cache mount kept across builds.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# .dockerignore lets in only the build's inputs: mvnw, .mvn/, pom.xml, shared-lib/ and the *-service modules
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q package -DskipTests

# ---- extract: the layered jar of one service, split into layers with Spring Boot's launcher
FROM eclipse-temurin:17-jre AS extract
ARG SERVICE
WORKDIR /extract
COPY --from=build /src/${SERVICE}/target/ target/
RUN set -eu; \
    jar=$(ls target/${SERVICE}-*.jar | grep -v -e '-sources.jar$' -e '-tests.jar$' -e '-plain.jar$' | head -n 1); \
    java -Djarmode=tools -jar "$jar" extract --layers --launcher --destination extracted

# ---- runtime: JRE only, non-root, dependencies below application classes so code changes rebuild one thin layer
FROM eclipse-temurin:17-jre
ARG SERVICE
ARG PORT=8080
LABEL org.opencontainers.image.title="hockeyhub-${SERVICE}"
RUN groupadd --system --gid 10001 hockeyhub \
 && useradd --system --uid 10001 --gid hockeyhub --home-dir /app --shell /usr/sbin/nologin hockeyhub
WORKDIR /app
COPY --from=extract /extract/extracted/dependencies/ ./
COPY --from=extract /extract/extracted/spring-boot-loader/ ./
COPY --from=extract /extract/extracted/snapshot-dependencies/ ./
COPY --from=extract /extract/extracted/application/ ./
USER hockeyhub:hockeyhub
ENV SERVER_PORT=${PORT} \
    SERVER_TOMCAT_BASEDIR=/tmp/tomcat \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}
# readiness (database included) answers 200 only when UP; bash's /dev/tcp: no curl or wget needed in the image
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
