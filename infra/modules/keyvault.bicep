@description('Globally unique vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param name string

param location string

param tags object

@secure()
@description('SendGrid API key the app sends mail with.')
param sendGridApiKey string

@secure()
@description('Secret the app derives idempotent submissions\' access codes with (Security:AccessCodeKey).')
param accessCodeKey string

@secure()
@description('Key that signs the short-lived download links of released documents; the same on every instance.')
param releaseLinkKey string

// RBAC mode: access is granted by role assignments (the app gets Key Vault Secrets User), never by access
// policies. Purge protection keeps a deleted secret recoverable for the retention period even from an owner.
resource vault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource sendGridSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'SendGrid-ApiKey'
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource accessCodeSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'AccessCode-Key'
  properties: {
    value: accessCodeKey
    contentType: 'text/plain'
  }
}

resource releaseLinkSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = {
  parent: vault
  name: 'Release-Link-Key'
  properties: {
    value: releaseLinkKey
    contentType: 'text/plain'
  }
}

output name string = vault.name
output id string = vault.id
// The unversioned URI: the app's Key Vault reference follows the latest version, so rotating the key is a
// new secret version, not a redeployment.
output sendGridSecretUri string = sendGridSecret.properties.secretUri
output accessCodeKeySecretUri string = accessCodeSecret.properties.secretUri
output releaseLinkSecretUri string = releaseLinkSecret.properties.secretUri
