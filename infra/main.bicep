// Production infrastructure of DisclosureRequests: one Linux Flex Consumption function app running the
// .NET isolated worker, its storage (tables, queues, blobs), monitoring, the SendGrid key in Key Vault and
// App Service Authentication with Entra ID. Every data-plane call uses the app's managed identity.
targetScope = 'resourceGroup'

@description('Short environment name (e.g. prod, staging); part of every resource name.')
@minLength(2)
@maxLength(12)
param environmentName string

@description('Azure region; must offer the Flex Consumption plan.')
param location string = resourceGroup().location

@description('Sender address of the agency\'s mail (a verified SendGrid sender).')
param senderAddress string

@description('Name of the agency answering the applications, as printed in letters and mail.')
param agencyName string

@description('机关代字: the code that starts every letter\'s reference number (文号), e.g. 某政公开.')
param agencyReferenceCode string

@description('Where administrative reconsideration of a reply is sought, as every reply names it, e.g. 某市人民政府.')
param reconsiderationBody string

@description('Application (client) id of the Entra app registration created by infra/deploy.')
param entraClientId string

@description('Entra tenant id of that app registration.')
param entraTenantId string = subscription().tenantId

@secure()
@description('SendGrid API key; stored only in Key Vault.')
param sendGridApiKey string

@secure()
@description('Secret for deriving access codes (at least 32 characters); stored only in Key Vault. Keep it across deployments.')
param accessCodeKey string

@secure()
@description('Key that signs release links (infra/deploy makes a fresh random one); stored only in Key Vault.')
param releaseLinkKey string

var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))
var baseName = 'dr-${environmentName}-${resourceToken}'
var deploymentContainerName = 'app-package'
// The Durable Functions task hub (host.json names it through the TaskHubName app setting): one per environment, so
// environments never share orchestration state even on one storage account. Letters and digits only, as the
// Azure Storage backend requires.
var taskHubName = 'DisclosureRequests${replace(environmentName, '-', '')}'
var tags = {
  application: 'disclosure-requests'
  environment: environmentName
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    name: baseName
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: 'stdr${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: 'kv-dr-${resourceToken}'
    location: location
    tags: tags
    sendGridApiKey: sendGridApiKey
    accessCodeKey: accessCodeKey
    releaseLinkKey: releaseLinkKey
  }
}

module functionApp 'modules/function-app.bicep' = {
  name: 'functionApp'
  params: {
    name: 'func-${baseName}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    storageBlobEndpoint: storage.outputs.blobEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.applicationInsightsConnectionString
    sendGridSecretUri: keyVault.outputs.sendGridSecretUri
    accessCodeKeySecretUri: keyVault.outputs.accessCodeKeySecretUri
    releaseLinkSecretUri: keyVault.outputs.releaseLinkSecretUri
    senderAddress: senderAddress
    agencyName: agencyName
    agencyReferenceCode: agencyReferenceCode
    reconsiderationBody: reconsiderationBody
    entraClientId: entraClientId
    entraTenantId: entraTenantId
    taskHubName: taskHubName
  }
}

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'roleAssignments'
  params: {
    principalId: functionApp.outputs.principalId
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

output functionAppName string = functionApp.outputs.name
output functionAppHostName string = functionApp.outputs.defaultHostName
output storageAccountName string = storage.outputs.name
output deploymentContainerName string = deploymentContainerName
