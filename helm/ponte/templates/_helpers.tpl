{{/* Name of the release's objects. */}}
{{- define "ponte.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "ponte.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "ponte.selectorLabels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "ponte.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "ponte.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The JDBC URL: the chart's CloudNativePG cluster, or the configured one. */}}
{{- define "ponte.dbUrl" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}
{{- printf "jdbc:postgresql://%s-db-rw:5432/%s" (include "ponte.fullname" .) .Values.postgresql.cloudnativepg.database -}}
{{- else -}}
{{- .Values.config.dbUrl -}}
{{- end -}}
{{- end -}}

{{/* The Secret with the database credentials: CloudNativePG's app secret, or the given one. */}}
{{- define "ponte.dbSecret" -}}
{{- if .Values.postgresql.cloudnativepg.enabled -}}
{{- printf "%s-db-app" (include "ponte.fullname" .) -}}
{{- else -}}
{{- .Values.secrets.database.existingSecret -}}
{{- end -}}
{{- end -}}

{{/* Keycloak's base URL: the operator's service, or the configured one. */}}
{{- define "ponte.keycloakUrl" -}}
{{- if .Values.keycloak.operator.enabled -}}
{{- printf "http://%s-keycloak-service:8080" (include "ponte.fullname" .) -}}
{{- else -}}
{{- .Values.config.keycloakUrl -}}
{{- end -}}
{{- end -}}

{{- define "ponte.tenantsChecksum" -}}
{{- printf "%s%s" (toYaml .Values.tenants.descriptors) (toYaml .Values.tenants.files) | sha256sum -}}
{{- end -}}
