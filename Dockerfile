# Hyde's command line in a container, built from this repository.
#
#   docker build -t hyde .
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/docs" hyde build     # the project in the current folder -> ./site
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/docs" -p 4000:4000 hyde serve --host 0.0.0.0
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/docs" hyde new my-docs   # creates ./my-docs
#
# The first stage builds the CLI jar (tests skipped: they need Chromium, see README "Browser
# tests"); the second holds only a JRE, the jar and bin/hyde, which picks the JVM options for
# each command (see README "JVM options and start-up").
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
COPY --from=build /src/target/hyde-*-cli.jar /opt/hyde/target/
COPY --from=build /src/bin/hyde /opt/hyde/bin/hyde
WORKDIR /docs
ENTRYPOINT ["/opt/hyde/bin/hyde"]
CMD ["--help"]
