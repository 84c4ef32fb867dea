# The API image for docker-compose.yml: built from source with the Maven wrapper.

# The county console (console/), served by the API at /console/; its labels are read from the schema
FROM node:22-slim AS console
WORKDIR /src/console
COPY graphql /src/graphql
COPY console/package.json console/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY console/index.html console/vite.config.ts console/tsconfig.json ./
COPY console/src src
RUN npm run build

FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY graphql graphql
COPY src/main src/main
COPY --from=console /src/console/dist console/dist
RUN ./mvnw -B -q package -DskipTests -Dconsole.skip

FROM eclipse-temurin:21-jre
WORKDIR /app
COPY --from=build /src/target/fangpin-*.jar fangpin.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/fangpin.jar"]
