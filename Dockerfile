# The API image for docker-compose.yml: built from source with the Maven wrapper.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY graphql graphql
COPY src/main src/main
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/fangpin-*.jar fangpin.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/fangpin.jar"]
