@description('Globally unique function app name; also the default host name prefix.')
param name string

param location string

param tags object

param storageAccountName string

@description('Blob endpoint of the storage account, with trailing slash.')
param storageBlobEndpoint string

@description('Container the platform reads the deployment package from, with the app\'s identity.')
param deploymentContainerName string

@description('Application Insights connection string (an ingestion endpoint, not a credential: local auth is off).')
param applicationInsightsConnectionString string

@description('Unversioned Key Vault secret URI of the SendGrid API key.')
param sendGridSecretUri string

@description('Unversioned Key Vault secret URI of the access-code key.')
param accessCodeKeySecretUri string

@description('Unversioned Key Vault secret URI of the key that signs release links.')
param releaseLinkSecretUri string

@description('Sender address of every mail the agency sends.')
param senderAddress string

@description('Agency name, used in letters and as the mail sender name.')
param agencyName string

@description('机关代字 that starts every letter\'s reference number.')
param agencyReferenceCode string

@description('Where administrative reconsideration is sought, named in every reply.')
param reconsiderationBody string

@description('Application (client) id of the Entra app registration that defines the officer roles.')
param entraClientId string

@description('Entra tenant id of the app registration.')
param entraTenantId string

@description('Durable Functions task hub of this environment; host.json reads it from the TaskHubName app setting.')
@minLength(3)
@maxLength(45)
param taskHubName string

@description('Upper bound on scale-out; the outbox and timer sweeps are safe to run concurrently.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// Flex Consumption: the only serverless Linux plan whose deployment package is fetched with a managed
// identity (functionAppConfig.deployment), so the storage account can keep shared keys disabled.
resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: 'plan-${name}'
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

// Flex Consumption takes the worker runtime from functionAppConfig.runtime (dotnet-isolated 10.0: the isolated worker) and
// rejects the FUNCTIONS_WORKER_RUNTIME, FUNCTIONS_EXTENSION_VERSION and WEBSITE_RUN_FROM_PACKAGE settings.
var appSettings = [
  {
    name: 'AzureWebJobsStorage__accountName'
    value: storageAccountName
  }
  {
    name: 'AzureWebJobsStorage__credential'
    value: 'managedidentity'
  }
  {
    name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
    value: applicationInsightsConnectionString
  }
  {
    name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
    value: 'Authorization=AAD'
  }
  {
    name: 'SendGrid__ApiKey'
    value: '@Microsoft.KeyVault(SecretUri=${sendGridSecretUri})'
  }
  {
    name: 'Security__AccessCodeKey'
    value: '@Microsoft.KeyVault(SecretUri=${accessCodeKeySecretUri})'
  }
  {
    // Every instance signs and checks release links with this one key, so a link works whichever instance serves it.
    name: 'Security__LinkSigningKey'
    value: '@Microsoft.KeyVault(SecretUri=${releaseLinkSecretUri})'
  }
  {
    name: 'Mail__From'
    value: senderAddress
  }
  {
    name: 'Mail__FromName'
    value: agencyName
  }
  {
    name: 'Agency__Name'
    value: agencyName
  }
  {
    name: 'Agency__ReferenceCode'
    value: agencyReferenceCode
  }
  {
    name: 'Agency__ReconsiderationBody'
    value: reconsiderationBody
  }
  {
    // Without it the host does not start: host.json's hubName is '%TaskHubName%'. The hub lives in the
    // AzureWebJobsStorage account and is reached with the same identity (blob, queue and table data roles).
    name: 'TaskHubName'
    value: taskHubName
  }
  {
    // The citizens' pages are served at the site root by the ApplicationPage function; never the host's own
    // default page in their place.
    name: 'AzureWebJobsDisableHomepage'
    value: 'true'
  }
  {
    // App Service Authentication (below) removes any X-MS-CLIENT-PRINCIPAL header a caller sends and injects
    // its own for signed-in users, so behind it the header is trustworthy; nowhere else is it set to true.
    name: 'Auth__TrustClientPrincipalHeader'
    value: 'true'
  }
]

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      appSettings: appSettings
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageBlobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Publishing credentials (basic auth) are off for both FTP and the SCM site: deployments authenticate with
// Entra ID (az functionapp deployment uses the signed-in identity).
resource ftpPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPublishing 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

module authentication 'authentication.bicep' = {
  name: 'authentication'
  params: {
    siteName: site.name
    entraClientId: entraClientId
    entraTenantId: entraTenantId
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
